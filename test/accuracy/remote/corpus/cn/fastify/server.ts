import Fastify from "fastify";
import cors from "@fastify/cors";
import { loadDrivers } from "./drivers";

const app = Fastify();
await app.register(cors, { origin: "https://fleet.example-motors.de" });

app.get("/v1/drivers", async () => loadDrivers()); // expect: unassessed-export behaviour=remote-access
