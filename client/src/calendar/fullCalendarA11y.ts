/**
 * What FullCalendar 6 renders that axe (WCAG 2.2 AA) refuses, put right after each render:
 * - its toolbar icons carry role="img" without a name (the buttons are named by their title): hidden;
 * - scrolling areas with nothing focusable inside cannot be scrolled from the keyboard: made focusable.
 */
export function repairAccessibility(root: HTMLElement): void {
  for (const icon of root.querySelectorAll('.fc-icon[role="img"]')) {
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
  for (const scroller of root.querySelectorAll<HTMLElement>('.fc-scroller')) {
    const scrolls = scroller.scrollHeight > scroller.clientHeight + 1 || scroller.scrollWidth > scroller.clientWidth + 1;
    if (scrolls && !scroller.querySelector('[tabindex="0"], a[href], button') && !scroller.closest('[role="grid"]')) scroller.tabIndex = 0;
  }
}
