import { Controller, Get, Param } from "@nestjs/common";
import { SessionsRepository } from "./sessions.repository";

export class AppModule {}

@Controller("v1/sessions")
export class SessionsController {
  constructor(private readonly sessions: SessionsRepository) {}

  @Get(":id")
  byId(@Param("id") id: string) { // expect: unassessed-export behaviour=remote-access
    return this.sessions.byId(id);
  }
}
