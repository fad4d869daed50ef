// The preview page: draws the emulated spreadsheet, the add-on's menu and sidebar, the outbox and
// the clock, and lets a person act on them. See api.ts for how it talks to the server.
import { attempt, onState, refresh } from './api';
import { drawCharts } from './chart';
import { drawControls, wireControls } from './controls';
import { drawFiles, wireFiles } from './files';
import { drawGrid, wireGrid } from './grid';
import { drawMenu, wireMenu } from './menu';
import { drawNotices, wireNotices } from './notices';
import { drawOutbox, wireOutbox } from './outbox';
import { drawSidebar, wireSidebar } from './sidebar';
import { drawTabs } from './tabs';

wireControls();
wireFiles();
wireMenu();
wireGrid();
wireSidebar();
wireOutbox();
wireNotices();
onState((view) => {
  drawControls(view);
  drawFiles(view);
  drawMenu(view);
  drawTabs(view);
  drawSidebar(view);
  drawGrid(view);
  // Over the grid just drawn: a chart sits at its anchor cell.
  drawCharts(view.sheet);
  drawOutbox(view);
  drawNotices(view);
  document.body.dataset.ready = 'true';
});
attempt(refresh);
