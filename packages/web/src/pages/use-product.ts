import { api } from '../api/client.ts';
import type { Product, ProductVersion } from '../api/types.ts';
import { useAsync } from '../app/use-async.ts';

export interface ProductWithProfile {
  product: Product;
  latest: ProductVersion;
}

/** The product and its newest profile version (versions are never overwritten). */
export function useProduct(orgId: string, productId: string) {
  return useAsync<ProductWithProfile>(async () => {
    const product = await api.product(orgId, productId);
    const latest = await api.version(orgId, productId, product.latestVersion);
    return { product, latest };
  }, [orgId, productId]);
}

export function useActUrls() {
  return useAsync(async () => {
    const list = await api.acts();
    const acts = Array.isArray(list) ? list : (list.acts ?? list.items ?? []);
    return new Map(acts.map((a) => [String(a.act ?? a.id), String(a.url ?? '')]));
  }, []);
}
