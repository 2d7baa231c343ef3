import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module.js";

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, {
    cors: { origin: ["https://console.autoflux.com.cn", "https://ops.autoflux.com.cn"], credentials: true },
  });
  await app.listen(Number(process.env.PORT ?? 3000));
}
void bootstrap();
