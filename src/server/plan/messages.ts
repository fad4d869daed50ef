// Messages more than one public function gives.
export const NO_PLAN = 'This spreadsheet has no plan yet: create one from the sidebar.';
export const NO_STAKEHOLDERS_TAB =
  'The Stakeholders tab is missing, so nobody can receive the weekly email: add a tab with the headings Name, Email, Side, Role and Weekly email.';
