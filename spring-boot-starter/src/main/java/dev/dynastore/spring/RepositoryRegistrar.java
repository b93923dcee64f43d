package dev.dynastore.spring;

import dev.dynastore.Dynastore;
import dev.dynastore.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Registers a {@link Table} bean for each table in {@link TableBindings} (the default one primary, the others
 * qualified by their key: {@code @Qualifier("audit") Table}), and a bean for each repository in the processor's
 * index, built with its table as constructor argument. No class-path scanning and no reflection on entities: the
 * index names the classes, and Spring calls their constructor. Where the application defines a bean of a
 * repository's type itself, the starter registers none; where only the name is taken, it uses the qualified type
 * name. Spring AOT (native images) is not supported yet: the table beans are made by suppliers.
 */
final class RepositoryRegistrar
    implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, BeanClassLoaderAware, BeanFactoryAware {
  /** The default table's bean; the others are {@code dynastoreTable.<key>}. */
  static final String DEFAULT_TABLE_BEAN = "dynastoreTable";
  static final String TABLES_BEAN = "dynastoreTables";

  private Environment environment;
  private ClassLoader classLoader;
  private BeanFactory beanFactory;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    DynastoreProperties properties =
        Binder.get(environment).bind("dynastore", DynastoreProperties.class).orElseGet(DynastoreProperties::new);
    List<IndexedRepository> indexed =
        properties.isRegisterRepositories() ? IndexedRepository.readAll(classLoader) : List.of();
    ListableBeanFactory beans = (ListableBeanFactory) registry;
    List<Registered> registered = new ArrayList<>();
    Set<String> ours = new HashSet<>();
    for (TableBindings.BoundTable table : TableBindings.of(properties, indexed).tables()) {
      String tableBean = table.key().equals(TableBindings.DEFAULT) ? DEFAULT_TABLE_BEAN
          : DEFAULT_TABLE_BEAN + "." + table.key();
      registry.registerBeanDefinition(tableBean, tableDefinition(table));
      List<String> repositoryBeans = new ArrayList<>();
      for (IndexedRepository repository : table.repositories()) {
        if (definedByTheApplication(beans, repository, ours)) {
          continue;
        }
        String name = registry.containsBeanDefinition(repository.beanName()) ? repository.type()
            : repository.beanName();
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setBeanClassName(repository.implementation());
        definition.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(tableBean));
        registry.registerBeanDefinition(name, definition);
        repositoryBeans.add(name);
        ours.add(name);
      }
      registered.add(new Registered(table.key(), tableBean, repositoryBeans));
    }
    RootBeanDefinition tables = new RootBeanDefinition(DynastoreTables.class, () -> {
      List<DynastoreTables.Bound> all = new ArrayList<>();
      for (Registered table : registered) {
        all.add(new DynastoreTables.Bound(table.key(), beanFactory.getBean(table.tableBean(), Table.class),
            table.repositoryBeans()));
      }
      return new DynastoreTables(all);
    });
    registry.registerBeanDefinition(TABLES_BEAN, tables);
  }

  /**
   * Whether the application has a bean of the repository's type or implementation already ({@code @Bean},
   * {@code @Import}, a test's mock): then the starter registers none, so that injection stays unambiguous.
   */
  private boolean definedByTheApplication(ListableBeanFactory beans, IndexedRepository repository,
      Set<String> ours) {
    for (String type : List.of(repository.type(), repository.implementation())) {
      Class<?> resolved = ClassUtils.resolveClassName(type, classLoader);
      for (String name : beans.getBeanNamesForType(resolved, true, false)) {
        if (!ours.contains(name)) { // a declared repository may extend another: the starter's own beans don't count
          return true;
        }
      }
    }
    return false;
  }

  /** A table's key, its bean, and the repository beans registered over it. */
  private record Registered(String key, String tableBean, List<String> repositoryBeans) {}

  private RootBeanDefinition tableDefinition(TableBindings.BoundTable table) {
    String name = table.name();
    RootBeanDefinition definition =
        new RootBeanDefinition(Table.class, () -> beanFactory.getBean(Dynastore.class).table(name));
    if (table.key().equals(TableBindings.DEFAULT)) {
      definition.setPrimary(true);
    } else {
      definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, table.key()));
    }
    definition.setRole(BeanDefinition.ROLE_APPLICATION);
    return definition;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
  }
}
