/** Entry point of the served view: data from the newsgraph server's API. */
import { startApp } from './app.js';
import { HttpSource } from './data/http-source.js';
import './styles.css';

const root = document.getElementById('app');
if (root) void startApp(root, new HttpSource('/api/'));
