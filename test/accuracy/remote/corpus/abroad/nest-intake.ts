import { Body, Controller, Post } from "@nestjs/common";
import type { Driver } from "../shared/types";

@Controller("roaming/v1/drivers")
export class DriverIntakeController {
  @Post()
  receive(@Body() driver: Driver) { // expect: unassessed-export behaviour=processing-abroad
    return { ok: driver.id.length > 0 };
  }
}
