// HyperFormula takes a JS Date as a typed date cell (so formulas like =A1+7 keep the date type)
// but reads it with the PROCESS's local getters. A WallDate answers those getters with the
// wall-clock fields of a serial number, so no process time zone can shift the date.
const EPOCH = Date.UTC(1899, 11, 30);

export class WallDate extends Date {
  private readonly wall: Date;

  constructor(readonly serial: number) {
    super(0);
    this.wall = new Date(EPOCH + Math.round(serial * 86_400_000));
  }

  override getFullYear(): number {
    return this.wall.getUTCFullYear();
  }
  override getMonth(): number {
    return this.wall.getUTCMonth();
  }
  override getDate(): number {
    return this.wall.getUTCDate();
  }
  override getHours(): number {
    return this.wall.getUTCHours();
  }
  override getMinutes(): number {
    return this.wall.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.wall.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.wall.getUTCMilliseconds();
  }
}
