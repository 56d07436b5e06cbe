const TABLE_ROLES = ['grid', 'rowgroup', 'row', 'gridcell', 'columnheader', 'rowheader', 'presentation'];

/**
 * What FullCalendar 6 renders that axe (WCAG 2.2 AA) refuses, put right after each render:
 * - its toolbar icons carry role="img" without a name (the buttons are named by their title): hidden;
 * - the resource timeline is a layout of nested tables dressed as an ARIA grid whose rows are hidden from
 *   screen readers (aria-hidden) although the bookings in them are focusable: there the grid roles go, the
 *   rooms and bookings are read as what they are (text and buttons named by their label), nothing focusable
 *   stays hidden;
 * - scrolling areas with nothing focusable inside cannot be scrolled from the keyboard: made focusable.
 */
export function repairAccessibility(root: HTMLElement): void {
  for (const icon of root.querySelectorAll('.fc-icon[role="img"]')) {
    icon.removeAttribute('role');
    icon.setAttribute('aria-hidden', 'true');
  }
  for (const timeline of root.querySelectorAll('.fc-timeline')) {
    for (const element of timeline.querySelectorAll('[role]'))
      if (TABLE_ROLES.includes(element.getAttribute('role') ?? '')) element.setAttribute('role', 'presentation');
    for (const table of timeline.querySelectorAll('table')) table.setAttribute('role', 'presentation');
    for (const hidden of timeline.querySelectorAll('[aria-hidden="true"]'))
      if (!hidden.classList.contains('fc-icon') && !hidden.closest('.fc-event')) hidden.removeAttribute('aria-hidden');
  }
  for (const scroller of root.querySelectorAll<HTMLElement>('.fc-scroller')) {
    const scrolls = scroller.scrollHeight > scroller.clientHeight + 1 || scroller.scrollWidth > scroller.clientWidth + 1;
    if (scrolls && !scroller.querySelector('[tabindex="0"], a[href], button') && !scroller.closest('[role="grid"]')) scroller.tabIndex = 0;
  }
}
