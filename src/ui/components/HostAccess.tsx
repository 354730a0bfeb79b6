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
  if (granted === null) return null;
  if (granted) {
    return (
      <div class="host-access" role="note">
        <p>Sift Reader may look at the http and https pages you open, to tell articles from other pages. That check runs on your device; nothing is sent anywhere.</p>
        {onRevoke && <button type="button" onClick={onRevoke}>Withdraw access to all sites</button>}
      </div>
    );
  }
  return (
    <div class="host-access" role="note">
      <p>
        To open articles by itself and show on the toolbar which pages are articles, Sift Reader needs to look at the
        pages you open. It classifies each page on your device and sends nothing anywhere. Without this access it
        runs only when you click its button.
      </p>
      <button type="button" onClick={onGrant}>Allow on all sites</button>
    </div>
  );
}
