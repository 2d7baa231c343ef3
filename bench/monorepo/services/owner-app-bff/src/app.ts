import express from "express";
import { auth } from "express-openid-connect";
import { bffConfig } from "./config.js";
import { profileRouter } from "./routes/profile.js";
import { vehiclesRouter } from "./routes/vehicles.js";

const app = express();
app.set("trust proxy", true);
app.use(express.json());
app.use(
  auth({
    issuerBaseURL: bffConfig.oidc.issuerBaseURL,
    baseURL: bffConfig.oidc.baseURL,
    clientID: bffConfig.oidc.clientID,
    secret: process.env.SESSION_SECRET ?? "",
    authRequired: true,
    idpLogout: true,
  }),
);
app.use("/me", profileRouter);
app.use("/vehicles", vehiclesRouter);

app.listen(Number(process.env.PORT ?? 8080));
