import axios from "axios";

export const euApi = axios.create({ baseURL: "https://api.example-motors.de", timeout: 5000 });
export const cnApi = axios.create({ baseURL: "https://api.example-motors.com.cn", timeout: 5000 });
