/** Every bus message extends this marker; senders are typed by it alone. */
export interface BusCommand {}

export interface StartChargingCommand extends BusCommand {
  /** @vdx pi.general.identity-contact */
  driverToken: string;
  priority: number;
}

export interface ClockSyncCommand extends BusCommand {
  epochMs: number;
}

/** A marker no message extends: typed by it, a value carries nothing. */
export interface AuditNote {}

export interface Envelope<T extends BusCommand> {
  topic: string;
  body: T;
}

export interface BusSender {
  publish(envelope: Envelope<BusCommand>): Promise<void>;
}
