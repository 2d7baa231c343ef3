import { Module } from "@nestjs/common";
import { HttpModule } from "@nestjs/axios";
import axios from "axios";
import { ENDPOINTS, PARTNER_HTTP } from "../config/endpoints.js";

// The insights partner gets its own axios instance, injected where needed.
@Module({
  imports: [HttpModule.register({ timeout: 4_000 })],
  providers: [{ provide: PARTNER_HTTP, useFactory: () => axios.create({ baseURL: ENDPOINTS.insights }) }],
  exports: [PARTNER_HTTP, HttpModule],
})
export class PartnerHttpModule {}
