import express from "express";
import { partner } from "./partner-routes";

// Runs behind the API gateway that publishes /partner/v1/** to the Japanese roaming hub (config `exposures`).
const app = express();
app.use(partner);
app.listen(8081);
