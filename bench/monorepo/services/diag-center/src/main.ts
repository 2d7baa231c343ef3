import "reflect-metadata";
import { NestFactory } from "@nestjs/core";
import { corsOrigins } from "@lanhai/config";
import { AppModule } from "./app.module.js";

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  // Read-only diagnostics for the partner console and the ECU supplier's field-quality team.
  app.enableCors({
    origin: [...corsOrigins.partnerConsole, "https://diag.bremer-steuergeraete.de"],
    methods: ["GET"],
    credentials: false,
  });
  app.setGlobalPrefix("api/v1");
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
