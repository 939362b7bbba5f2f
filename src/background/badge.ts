/** What the toolbar badge says for a tab: the number of claims, red when any of them is denied. */
import type { TabState } from '../shared/protocol';

export const BADGE_DENIED = '#c62828';
export const BADGE_CLAIMS = '#2446c8';
/** Past this the badge shows "99+": the badge has room for about four characters. */
const MAX_SHOWN = 99;

export interface Badge {
  text: string;
  color: string;
  /** Accessible title for the action button. */
  title: string;
}

/** The badge for a tab state; an empty text hides the badge. */
export function badgeFor(state: TabState | null): Badge {
  if (!state || state.status !== 'analysed' || state.claims.length === 0) {
    return { text: '', color: BADGE_CLAIMS, title: '' };
  }
  const n = state.claims.length;
  const denied = state.claims.filter((c) => c.state === 'denied').length;
  return {
    text: n > MAX_SHOWN ? `${MAX_SHOWN}+` : String(n),
    color: denied > 0 ? BADGE_DENIED : BADGE_CLAIMS,
    title: denied > 0 ? `${n} claims, ${denied} denied` : `${n} claims`,
  };
}
