/** The Dynastore runtime. */
package dev.dynastore;
