import { apiNotFound } from "@/lib/http/api-not-found";

export const { GET, POST, PUT, PATCH, DELETE } = apiNotFound;
