package dev.dynastore.it.typed;

import dev.dynastore.DynastoreRepository;
import dev.dynastore.Page;
import dev.dynastore.PageRequest;
import dev.dynastore.annotations.Query;
import dev.dynastore.annotations.Repository;

/** A declared repository of a per-tenant type: its global-index listing takes the tenant too. */
@Repository
public interface Docs extends DynastoreRepository<Doc> {
  @Query(index = "idx_owner")
  Page<Doc> ownedBy(String tenant, String owner, PageRequest page);
}
