// Facts of the accessibility statement that change when we re-test: the standard, the date, the known failures.
/** The date this statement was prepared and last reviewed (update it when the tests or the findings change). */
export const A11Y_STATEMENT_DATE = '2026-12-01';
export const A11Y_STANDARD = 'WCAG 2.2 AA';
