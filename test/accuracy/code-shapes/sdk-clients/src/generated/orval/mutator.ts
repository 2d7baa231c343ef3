import Axios, { type AxiosRequestConfig } from "axios";

export const AXIOS_INSTANCE = Axios.create({ baseURL: "https://trips-api.example-motors.de" });

export const customInstance = <T>(config: AxiosRequestConfig): Promise<T> => AXIOS_INSTANCE({ ...config }).then(({ data }) => data);
