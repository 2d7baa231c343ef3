import { Injectable, NotFoundException, type OnModuleDestroy } from "@nestjs/common";
import { MongoClient } from "mongodb";
import type { DtcDescription, DtcReport, FieldIssue, FreezeFrame, VulnerabilityReport } from "@lanhai/domain";

@Injectable()
export class DtcService implements OnModuleDestroy {
  private readonly mongo = new MongoClient(
    process.env.DIAG_MONGO_URL ?? "mongodb+srv://diag-center@diag.lanhai-motors.com.cn/diagnostics?retryWrites=true",
  );

  private get reports() {
    return this.mongo.db("diagnostics").collection<DtcReport>("dtc_reports");
  }

  recentReports(vin: string, since?: string): Promise<DtcReport[]> {
    return this.reports
      .find({ vin, capturedAt: { $gte: since ?? "1970-01-01" } })
      .sort({ capturedAt: -1 })
      .limit(100)
      .toArray();
  }

  reportsSince(since: string): Promise<DtcReport[]> {
    return this.reports.find({ capturedAt: { $gt: since } }).toArray();
  }

  freezeFrame(vin: string, reportId: string): Promise<FreezeFrame | null> {
    return this.mongo.db("diagnostics").collection<FreezeFrame>("freeze_frames").findOne({ vin, reportId });
  }

  escalatedFreezeFrames(): Promise<FreezeFrame[]> {
    return this.mongo.db("diagnostics").collection<FreezeFrame>("freeze_frames").find({ escalated: true, shared: false }).toArray();
  }

  openCount(vin: string): Promise<number> {
    return this.reports.countDocuments({ vin, closed: { $ne: true } });
  }

  openFieldIssues(): Promise<FieldIssue[]> {
    return this.mongo.db("quality").collection<FieldIssue>("field_issues").find({ state: "OPEN" }).toArray();
  }

  pendingVulnerabilityReports(): Promise<VulnerabilityReport[]> {
    return this.mongo.db("psirt").collection<VulnerabilityReport>("reports").find({ forwarded: false }).toArray();
  }

  async describe(code: string): Promise<DtcDescription> {
    const description = await this.mongo.db("catalogue").collection<DtcDescription>("dtc_catalogue").findOne({ code });
    if (!description) throw new NotFoundException(`unknown DTC ${code}`);
    return description;
  }

  async onModuleDestroy(): Promise<void> {
    await this.mongo.close();
  }
}
