/** Commands for the build and for infrastructure: {@link dev.dynastore.tools.TableTemplates}. */
package dev.dynastore.tools;
