import { Module } from "@nestjs/common";
import { PartnerHttpModule } from "./http/http.module.js";
import { StatusController } from "./status/status.controller.js";
import { StatusForwarderService } from "./status/status-forwarder.service.js";
import { RoadsideService } from "./roadside/roadside.service.js";

@Module({ imports: [PartnerHttpModule], controllers: [StatusController], providers: [StatusForwarderService, RoadsideService] })
export class AppModule {}
