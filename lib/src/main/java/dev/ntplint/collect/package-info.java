/** Small collection helpers the other packages share: {@link dev.ntplint.collect.Groups}. */
package dev.ntplint.collect;
