// The Charts global, as far as embedded charts need it: the enums a chart builder takes.
// https://developers.google.com/apps-script/reference/charts/charts
// Its own chart builders (Charts.newColumnChart(), data tables) are not emulated: a script that
// calls them gets `not emulated: Charts.newColumnChart`.
import { KIND } from './kind';
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
} from './spreadsheet/facade/enums';

export class Charts {
  readonly [KIND] = 'Charts';
  readonly ChartType = ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy;
}
