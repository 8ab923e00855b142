/**
 * How Apache POI's logging (the Log4j API) reaches the user without mignet choosing a logging backend: a Log4j API
 * provider of the lowest priority, used only when the application has no Log4j backend of its own, that forwards to
 * SLF4J when SLF4J has a provider and is silent otherwise. Not API.
 */
package org.mignet.formats.xlsx.internal.logging;
