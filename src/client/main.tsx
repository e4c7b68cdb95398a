/**
 * Entry point of the recipient web app. Served same-origin under a strict
 * CSP: this bundle and app.css are the only things the page loads.
 */
import { render } from "preact";
import { App } from "./components/app.tsx";
import "./app.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
