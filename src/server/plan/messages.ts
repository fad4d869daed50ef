// Messages more than one public function gives.
export const NO_PLAN = 'This spreadsheet has no plan yet: create one from the sidebar.';
