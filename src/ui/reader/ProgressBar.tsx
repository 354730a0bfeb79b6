import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../components/i18n';

/** How far down the document is scrolled, 0–100: a page that does not scroll is read through. */
export function scrolledPercent(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const range = scrollHeight - viewportHeight;
  if (range <= 0) return 100;
  return Math.round(Math.min(100, Math.max(0, (scrollTop / range) * 100)));
}

/**
 * A thin bar at the top of the view that fills as the article is scrolled. Its value is exposed as
 * a progressbar (a screen reader finds it, but it announces nothing as it changes); the fill is a
 * transform, animated only for people who have not asked for reduced motion (reader.css).
 */
export function ProgressBar() {
  const { t } = useI18n();
  const bar = useRef<HTMLDivElement>(null);
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    const doc = bar.current?.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const scroller = doc.scrollingElement ?? doc.documentElement;
      setPercent(scrolledPercent(scroller.scrollTop, scroller.scrollHeight, win.innerHeight));
    };
    // At most once a frame, however many scroll events come.
    const schedule = () => { frame ||= win.requestAnimationFrame(measure); };
    win.addEventListener('scroll', schedule, { passive: true });
    win.addEventListener('resize', schedule);
    // Images, fonts and settings change the article's height without a scroll.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(doc.body);
    measure();
    return () => {
      win.removeEventListener('scroll', schedule);
      win.removeEventListener('resize', schedule);
      resized?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div
      ref={bar} class="reader-progress" role="progressbar" aria-label={t('reader_progress')}
      aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
    >
      <div class="reader-progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
