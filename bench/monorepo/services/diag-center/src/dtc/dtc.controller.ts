import { Controller, Get, NotFoundException, Param, Query } from "@nestjs/common";
import type { DtcDescription, DtcReport, FreezeFrame } from "@lanhai/domain";
import { DtcService } from "./dtc.service.js";

@Controller("vehicles")
export class DtcController {
  constructor(private readonly dtcService: DtcService) {}

  @Get(":vin/dtcs")
  async listDtcs(@Param("vin") vin: string, @Query("since") since?: string): Promise<DtcReport[]> {
    return this.dtcService.recentReports(vin, since);
  }

  @Get(":vin/dtcs/open-count")
  async openCount(@Param("vin") vin: string): Promise<{ open: number }> {
    return { open: await this.dtcService.openCount(vin) };
  }

  @Get(":vin/freeze-frames/:reportId")
  async freezeFrame(@Param("vin") vin: string, @Param("reportId") reportId: string): Promise<FreezeFrame> {
    const frame = await this.dtcService.freezeFrame(vin, reportId);
    if (!frame) throw new NotFoundException();
    return frame;
  }
}

@Controller("dtc-catalogue")
export class DtcCatalogueController {
  constructor(private readonly dtcService: DtcService) {}

  @Get(":code")
  describe(@Param("code") code: string): Promise<DtcDescription> {
    return this.dtcService.describe(code);
  }
}

@Controller("health")
export class HealthController {
  @Get()
  health(): { status: string } {
    return { status: "ok" };
  }
}
