/** @type {import('next').NextConfig} */
const nextConfig = {
  typedRoutes: true,
  poweredByHeader: false,
  experimental: {
    // Server actions read at most this much (Next's default, stated here on purpose: issue 12, finding 8);
    // the API's own limit is MAX_API_BODY_BYTES in lib/api/body.ts.
    serverActions: { bodySizeLimit: '1mb' },
  },
};

export default nextConfig;
