// Entry point bundled by build.mjs into dist/Sidebar.html.
import { start } from './app';

start();
