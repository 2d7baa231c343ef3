import { NestFactory } from "@nestjs/core";
import { AppModule } from "./sessions.controller";

const app = await NestFactory.create(AppModule);
app.enableCors({ origin: ["https://dealer.example-motors.de", "https://dealer.example-motors.com.cn"] });
await app.listen(3000);
