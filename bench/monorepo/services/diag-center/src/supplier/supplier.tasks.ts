import { Injectable, Logger } from "@nestjs/common";
import { Cron } from "@nestjs/schedule";
import { DtcService } from "../dtc/dtc.service.js";
import { reportVulnerability, shareFieldIssue, uploadFreezeFrames } from "./supplier-upload.js";

@Injectable()
export class SupplierTasks {
  private readonly logger = new Logger(SupplierTasks.name);

  constructor(private readonly dtcService: DtcService) {}

  @Cron("0 */6 * * *")
  async shareNewFieldIssues(): Promise<void> {
    for (const issue of await this.dtcService.openFieldIssues()) await shareFieldIssue(issue);
  }

  @Cron("30 2 * * *")
  async uploadEscalatedFreezeFrames(): Promise<void> {
    const frames = await this.dtcService.escalatedFreezeFrames();
    if (frames.length > 0) await uploadFreezeFrames(frames);
    this.logger.log(`uploaded ${frames.length} freeze frames`);
  }

  @Cron("0 8 * * 1-5")
  async forwardVulnerabilityReports(): Promise<void> {
    for (const report of await this.dtcService.pendingVulnerabilityReports()) await reportVulnerability(report);
  }
}
