package dev.dynastore.it.locks;

import dev.dynastore.Consistency;
import dev.dynastore.DynastoreRepository;
import dev.dynastore.Versioned;
import dev.dynastore.annotations.Repository;
import java.util.List;
import java.util.Optional;

/** A declared repository of EdgeJob, to use through a fenced table. */
@Repository
public interface EdgeJobs extends DynastoreRepository<EdgeJob> {
  Optional<Versioned<EdgeJob>> get(String id, Consistency consistency);

  void delete(String id);

  void deleteAll(List<String> ids);
}
