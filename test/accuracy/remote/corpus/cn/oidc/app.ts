import express from "express";
import { auth } from "express-openid-connect";
import { Pool } from "pg";
import type { Driver } from "../../shared/types";

const pool = new Pool({ host: "pg.charging.example.com.cn" });
const app = express();
// Logins come from the German group's identity provider: its users call these routes.
app.use(auth({ issuerBaseURL: "https://login.example-motors.de", baseURL: "https://api.example-motors.com.cn", clientID: "cn-api" }));

app.get("/v1/me", async (req, res) => {
  const { rows } = await pool.query<Driver>("SELECT * FROM drivers WHERE id = $1", [req.query.id]);
  res.json(rows[0]); // expect: unassessed-export behaviour=remote-access
});
