import { Injectable } from "@nestjs/common";
import { Cron } from "@nestjs/schedule";
import { DtcService } from "../dtc/dtc.service.js";
import { archiveReport } from "./diag-archive.js";

@Injectable()
export class ArchiveTasks {
  private lastRun = new Date(Date.now() - 3_600_000).toISOString();

  constructor(private readonly dtcService: DtcService) {}

  @Cron("15 * * * *")
  async archiveNewReports(): Promise<void> {
    const since = this.lastRun;
    this.lastRun = new Date().toISOString();
    for (const report of await this.dtcService.reportsSince(since)) await archiveReport(report);
  }
}
