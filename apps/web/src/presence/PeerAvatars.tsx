import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Actor } from '@isf/framework';
import type { Participant } from '../session/BoardSession';
import { useFollowing } from './useFollowing';
import { usePeople } from './usePeople';

/** A participant's role as said after their name ("owner", "editor", "viewer"). */
function roleWord(t: TFunction, role: Participant['role']): string {
  switch (role) {
    case 'owner':
      return t('presence:role.owner');
    case 'editor':
      return t('presence:role.editor');
    case 'viewer':
      return t('presence:role.viewer');
  }
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    parts.length > 1
      ? [parts[0]?.[0], parts[parts.length - 1]?.[0]]
      : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

interface PeerAvatarsProps {
  self: Participant;
  actors: Actor[];
  /** When given, the own avatar is a button to change one's name or entity. */
  onEditSelf?: () => void;
}

/**
 * Who is on the board: avatars with name, colour, entity and role. Click (or Enter/Space) another
 * person's avatar to follow their viewport; click again to stop.
 */
export const PeerAvatars = memo(function PeerAvatars({
  self,
  actors,
  onEditSelf,
}: PeerAvatarsProps) {
  const { t } = useTranslation();
  const others = usePeople();
  const [following, setFollowing] = useFollowing();
  // The same person in another tab is not shown twice.
  const people = useMemo(() => others.filter((p) => p.id !== self.id), [others, self.id]);
  const actorName = useMemo(() => {
    const byId = new Map(actors.map((a) => [a.id, a.abbrev || a.name]));
    return (id: string | null): string | null => (id === null ? null : (byId.get(id) ?? null));
  }, [actors]);

  const describe = (name: string, entity: string | null, role: Participant['role']): string =>
    [name, actorName(entity), roleWord(t, role)].filter(Boolean).join(', ');

  return (
    <ul className="avatars" aria-label={t('presence:people', { count: people.length + 1 })}>
      <li>
        {onEditSelf ? (
          <button
            type="button"
            className="avatar avatar--self"
            style={{ background: self.color }}
            title={t('presence:youEditHint', { who: describe(self.name, self.entity, self.role) })}
            aria-label={t('presence:youEditLabel', {
              who: describe(self.name, self.entity, self.role),
            })}
            onClick={onEditSelf}
          >
            {initials(self.name)}
          </button>
        ) : (
          <span
            className="avatar avatar--self"
            style={{ background: self.color }}
            title={t('presence:you', { who: describe(self.name, self.entity, self.role) })}
            aria-label={t('presence:you', { who: describe(self.name, self.entity, self.role) })}
            role="img"
          >
            {initials(self.name)}
          </span>
        )}
      </li>
      {people.map((peer) => {
        const isFollowed = following === peer.id;
        const label = describe(peer.name, peer.entity, peer.role);
        return (
          <li key={peer.id}>
            <button
              type="button"
              className={`avatar${isFollowed ? ' avatar--followed' : ''}`}
              style={{ background: peer.color }}
              title={
                isFollowed
                  ? t('presence:stopFollowing', { who: label })
                  : t('presence:follow', { who: label })
              }
              aria-label={t('presence:follow', { who: label })}
              aria-pressed={isFollowed}
              onClick={() => setFollowing(isFollowed ? null : peer.id)}
            >
              {initials(peer.name)}
            </button>
          </li>
        );
      })}
    </ul>
  );
});
