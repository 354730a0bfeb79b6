import { useI18n } from './i18n';

export interface HostAccessProps {
  /** Null while unknown. */
  granted: boolean | null;
  onGrant: () => void;
  onRevoke?: () => void;
}

/**
 * Why automatic mode asks to read every page, and the button that asks. The browser's own
 * prompt follows; nothing is asked at install.
 */
export function HostAccess({ granted, onGrant, onRevoke }: HostAccessProps) {
  const { t } = useI18n();
  if (granted === null) return null;
  if (granted) {
    return (
      <div class="host-access" role="note">
        <p>{t('hostAccess_granted')}</p>
        {onRevoke && <button type="button" onClick={onRevoke}>{t('hostAccess_revoke')}</button>}
      </div>
    );
  }
  return (
    <div class="host-access" role="note">
      <p>{t('hostAccess_ask')}</p>
      <button type="button" onClick={onGrant}>{t('hostAccess_allow')}</button>
    </div>
  );
}
