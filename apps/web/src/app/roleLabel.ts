import type { TFunction } from 'i18next';
import type { LinkRole } from '../api/apiClient';

/** A link role as a label ("Owner", "Editor", "Viewer"), in the current language. */
export function roleLabel(t: TFunction, role: LinkRole): string {
  switch (role) {
    case 'owner':
      return t('app:role.owner');
    case 'editor':
      return t('app:role.editor');
    case 'viewer':
      return t('app:role.viewer');
  }
}
