/** Registers every program with the compiler (import for its side effect). */
import './inflate';
import './deflate';
import './isolate';
