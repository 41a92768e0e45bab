import { memo, useCallback } from 'react';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './route';

/** A link inside the app: a real `<a href>` (opens in a new tab too) with client-side navigation. */
export const AppLink = memo(function AppLink(
  props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string },
) {
  const { href, onClick } = props;
  const handleClick = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(e);
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
        return;
      e.preventDefault();
      navigate(href);
    },
    [href, onClick],
  );
  return <a {...props} onClick={handleClick} />;
});
