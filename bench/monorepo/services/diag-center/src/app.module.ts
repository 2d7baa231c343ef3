import { Module } from "@nestjs/common";
import { ScheduleModule } from "@nestjs/schedule";
import { ArchiveTasks } from "./archive/archive.tasks.js";
import { DtcCatalogueController, DtcController, HealthController } from "./dtc/dtc.controller.js";
import { DtcService } from "./dtc/dtc.service.js";
import { SupplierTasks } from "./supplier/supplier.tasks.js";

@Module({
  imports: [ScheduleModule.forRoot()],
  controllers: [DtcController, DtcCatalogueController, HealthController],
  providers: [DtcService, SupplierTasks, ArchiveTasks],
})
export class AppModule {}
