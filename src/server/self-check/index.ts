// The set-up check: the public function and the menu item's dialog.
export { runSelfCheck, showSelfCheck } from './run-self-check';
